export function electronBinaryPath(root: string): string | null;
export function hasElectronBinary(root: string): boolean;
