/**
 * Length caps for every free-text field, in Unicode code points (what JSON Schema's
 * `maxLength` counts), and size caps for every list. They bound the work a validator
 * does on hostile input; real releases are far below them.
 */
export const limits = {
  shortText: 200,
  name: 300,
  label: 500,
  title: 1000,
  paragraph: 20_000,
  boilerplate: 5_000,
  url: 2048,
  id: 200,
  list: {
    body: 2_000,
    meetings: 100,
    officials: 1_000,
    parliaments: 100,
    participants: 1_000,
    sources: 20,
    small: 50,
  },
} as const;
