/** The built-in demo pack's logos: the content script's copy of the demo pack leaves them out (vision/build/demo-logo-out.ts). */
import demoPackJson from '../../rules/pack/demo-pack.json';
import type { Logo } from '../../rules/types';

export const DEMO_LOGOS: Logo[] = demoPackJson.setting.logos;
