import { describeReadme } from '@mlpinit/tooling/readme-doctest';

// The example's 2,000 steps per problem run as 300 here (the numbers it prints are not checked).
describeReadme(new URL('../README.md', import.meta.url), { shrink: [[/steps: 2000/, 'steps: 300']] });
