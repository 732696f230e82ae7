/** The hours a week a reader gave the home page's plan chooser; plan calendars start from them. */
export const HOURS_KEY = 'atlas:hours-a-week';
