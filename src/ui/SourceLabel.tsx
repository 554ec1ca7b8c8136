import type { Source } from '../model';

interface Props {
  source: Source;
  as?: 'p' | 'span';
}

/** Where a number comes from, in words: "from data: <seed section>" or "assumption: <what>". */
export function SourceLabel({ source, as = 'span' }: Props) {
  const Tag = as;
  return (
    <Tag class={`source source-${source.kind}`}>
      {source.kind === 'data' ? `from data: ${source.ref}` : `assumption: ${source.ref}`}
    </Tag>
  );
}
