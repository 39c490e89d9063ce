/**
 * The look the pane's settings sections share (timescales, wording): boxes in as many columns as
 * the pane's width allows, a muted note, and a footer of actions stacked on the left.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSettingsFormStyles = makeStyles({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12em, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  note: { color: tokens.colorNeutralForeground2 },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
  },
});
