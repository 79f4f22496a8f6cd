import { describeReadme } from '@mlpinit/tooling/readme-doctest';

// The READMEs' sizes are real; the runs shorten the trainings only.
describeReadme(new URL('../README.md', import.meta.url), { shrink: [[/steps: 2000,/g, 'steps: 20,']] });
// The repository's README shows core first.
describeReadme(new URL('../../../README.md', import.meta.url), { shrink: [[/steps: 1000,/g, 'steps: 20,']] });
