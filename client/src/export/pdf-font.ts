let fontBytes: Promise<Uint8Array> | null = null;

/** Noto Sans SC (SIL OFL), shipped with the client as a static asset and fetched on first PDF export. */
export function pdfFont(): Promise<Uint8Array> {
  fontBytes ??= import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url')
    .then((m: { default: string }) => fetch(m.default))
    .then((r) => {
      if (!r.ok) throw new Error(`font: HTTP ${r.status}`);
      return r.arrayBuffer();
    })
    .then((b) => new Uint8Array(b));
  fontBytes.catch(() => (fontBytes = null));
  return fontBytes;
}
