// `file.json?slim`: the JSON without its `rationale` and `$comment` texts (a plugin in vite.config.ts).
declare module '*.json?slim' {
  const data: unknown;
  export default data;
}

// `salaries.json?labels=prefix`: the figures whose id starts with the prefix, with their id and label only.
declare module '*.json?labels=loc-' {
  const data: { figures: readonly { id: string; label: string }[] };
  export default data;
}

// `file.json?nosources`: the JSON without its `source`, `note` and `$comment` texts (the same plugin).
declare module '*.json?nosources' {
  const data: unknown;
  export default data;
}

// `places.json?meta`: its top-level figures that are not lists or objects (the same plugin).
declare module '*/places.json?meta' {
  const data: Pick<typeof import('../../data/places.json'), 'source' | 'dataYear'>;
  export default data;
}
