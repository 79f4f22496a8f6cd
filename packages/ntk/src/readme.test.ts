import { describeReadme } from '@mlpinit/tooling/readme-doctest';

describeReadme(new URL('../README.md', import.meta.url));
