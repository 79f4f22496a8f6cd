import { describeReadme } from '@mlpinit/tooling/readme-doctest';

// The READMEs' sizes are real; the runs shorten the trainings only.
describeReadme(new URL('../README.md', import.meta.url), { shrink: [[/steps: 2000,/g, 'steps: 20,']] });
