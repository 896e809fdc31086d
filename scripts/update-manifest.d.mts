export function updateXml(app: { id: string; codebase: string; version: string }): string;
