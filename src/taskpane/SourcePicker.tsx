/** The tracker's sheet or table: a native select, which every screen reader and keyboard knows. */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { TrackerSource, TrackerSources } from '../core/port';
import { decodeSource, encodeSource } from './sourceChoice';

const useStyles = makeStyles({
  select: { maxWidth: '100%' },
});

export type SourcePickerProps = {
  sources: TrackerSources;
  value: TrackerSource | null;
  disabled?: boolean;
  onChange: (source: TrackerSource) => void;
};

/** Pick the sheet or Excel table holding the complaints. */
export function SourcePicker(props: SourcePickerProps): JSX.Element {
  const styles = useStyles();
  const { sources, value } = props;
  return (
    <Field label="Tracker" hint="The sheet or table where the complaints are kept.">
      <Select
        className={styles.select}
        value={value === null ? '' : encodeSource(value)}
        disabled={props.disabled}
        onChange={(_, data) => {
          const source = decodeSource(data.value);
          if (source !== null) props.onChange(source);
        }}
      >
        {value === null ? <option value="">The active sheet</option> : null}
        {sources.sheets.length > 0 ? (
          <optgroup label="Sheets">
            {sources.sheets.map((name) => (
              <option key={`sheet:${name}`} value={encodeSource({ kind: 'sheet', name })}>
                {name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {sources.tables.length > 0 ? (
          <optgroup label="Tables">
            {sources.tables.map((name) => (
              <option key={`table:${name}`} value={encodeSource({ kind: 'table', name })}>
                {`Table ${name}`}
              </option>
            ))}
          </optgroup>
        ) : null}
      </Select>
    </Field>
  );
}
