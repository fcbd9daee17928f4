import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A deep, calm navy for actions; sides keep their own colours (shared/ui/side-style). */
const ink: MantineColorsTuple = [
  '#eef3f8', '#dbe4ee', '#b4c8dc', '#8aaacb', '#6891bc', '#5181b3', '#4479af', '#35679a', '#2b5b8a', '#1c3d5a',
];

export const theme = createTheme({
  primaryColor: 'ink',
  primaryShade: 8,
  colors: { ink },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    Table: { defaultProps: { verticalSpacing: 6, fz: 'sm' } },
  },
});

/**
 * Secondary text dark enough for 4.5:1 on white and on the grey page background; placeholders too (Mantine's
 * gray.5 is 2.1:1, and a file input's placeholder is text axe checks): #6a7079 is 5.0:1 on white, 4.7:1 on gray.0.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7], '--mantine-color-placeholder': '#6a7079' },
  dark: {},
});
