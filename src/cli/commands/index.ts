/** Every CLI command module. Each exports `register(program)`; add one import and one entry per command. */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
