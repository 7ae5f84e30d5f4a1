// multipart/form-data as discord.js sends a reply with files: `payload_json` and `files[n]` parts.

export interface UploadedFile {
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface Multipart {
  payload: unknown;
  files: UploadedFile[];
}

export function parseMultipart(body: Buffer, contentType: string): Multipart {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const delimiter = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  const result: Multipart = { payload: null, files: [] };
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length + 2; // past CRLF
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start, next - 2); // before CRLF
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const field = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (field === 'payload_json') result.payload = JSON.parse(data.toString('utf8'));
    else if (filename !== undefined)
      result.files.push({ field, name: filename, contentType: /content-type:\s*(\S+)/i.exec(headers)?.[1] ?? '', data: Buffer.from(data) });
    at = next;
  }
  return result;
}
