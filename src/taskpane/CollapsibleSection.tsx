/**
 * A titled part of the pane that folds away (column mapping, timescales): one Fluent Accordion
 * item with an `<h2>` header, open or closed as its owner decides.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { JSX, ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

const ITEM = 'section';

export type CollapsibleSectionProps = {
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The heading's button, for handing focus back to the section. */
  headerRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
};

/** A section whose heading opens and closes it, by mouse or keyboard. */
export function CollapsibleSection(props: CollapsibleSectionProps): JSX.Element {
  const styles = useStyles();
  return (
    <Accordion
      collapsible
      openItems={props.open ? [ITEM] : []}
      onToggle={(_, data) => props.onOpenChange(data.openItems.includes(ITEM))}
    >
      <AccordionItem value={ITEM}>
        <AccordionHeader as="h2" button={{ ref: props.headerRef }}>
          {props.title}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>{props.children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
