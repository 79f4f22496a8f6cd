import { describeReadme } from '@mlpinit/tooling/readme-doctest';

// The README's sizes are real; the run shortens the training budgets only.
describeReadme(new URL('../README.md', import.meta.url), { shrink: [[/steps: 20000/g, 'steps: 30']] });
// The repository's README (core and go-init examples; go-init is the lowest package that sees both).
describeReadme(new URL('../../../README.md', import.meta.url), {
  shrink: [
    [/steps: 3000,/g, 'steps: 30,'],
  ],
});
