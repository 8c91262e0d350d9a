// Multipart forms for upload tests, built as a browser's FormData builds them.

export interface Upload {
  name: string;
  bytes: Uint8Array;
  /** The form part the file goes in: file, unless a test says otherwise. */
  field?: string;
}

/** A multipart/form-data body as a browser's FormData sends it. */
export async function multipartForm(
  fields: Record<string, string>,
  ...files: Upload[]
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files)
    form.append(file.field ?? 'file', new Blob([new Uint8Array(file.bytes)]), file.name);
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}
