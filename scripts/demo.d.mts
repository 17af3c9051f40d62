export interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string | null;
  severity: number;
  message: string;
  fatal: boolean;
}
export const appDir: string;
export function linkPlugin(): void;
export function lintApp(configFile?: string): Finding[];
export function readExpected(preset?: 'recommended' | 'strict'): { file: string; line: number; rule: string; preset?: 'strict' }[];
export function key(finding: { file: string; line: number; rule: string | null }): string;
