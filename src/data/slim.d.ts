// `file.json?slim`: the JSON without its `rationale` and `$comment` texts (a plugin in vite.config.ts).
declare module '*.json?slim' {
  const data: unknown;
  export default data;
}
