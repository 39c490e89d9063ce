/** A titled part of the pane: a landmark-free section named by its heading, styled once. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type JSX, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A section with an `<h2>` that names it, so headings and the accessibility tree agree. */
export function Section(props: { title: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
