import type { Source } from '../../model';

interface Props {
  source: Source;
  as?: 'p' | 'span';
}

/**
 * Where a number comes from, in words: "from data: <seed section>" or "assumption: <what>", then each
 * assumption or modelling choice it also rests on.
 */
export function SourceLabel({ source, as = 'span' }: Props) {
  const Tag = as;
  return (
    <Tag class="sources">
      <span class={`source source-${source.kind}`}>
        {source.kind === 'data' ? `from data: ${source.ref}` : `assumption: ${source.ref}`}
      </span>
      {source.assumptions?.map((a) => (
        <span class="source source-assumption" key={a}>
          assumption: {a}
        </span>
      ))}
    </Tag>
  );
}
