/** Every CLI command module. Each exports `register(program)`; add one import and one entry per command. */
import type { Command } from 'commander';
import { register as extract } from './extract.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [extract];
