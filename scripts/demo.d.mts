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
export function lintApp(): Finding[];
export function readExpected(): { file: string; line: number; rule: string }[];
export function key(finding: { file: string; line: number; rule: string | null }): string;
