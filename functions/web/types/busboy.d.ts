/** The little of busboy 0.3 (a streaming multipart parser) that functions/web/multipart.ts uses; it ships no types. */
declare module 'busboy' {
  import type { Readable, Writable } from 'node:stream';

  interface BusboyConfig {
    headers: Record<string, string>;
    limits?: {
      fieldNameSize?: number;
      fieldSize?: number;
      fields?: number;
      fileSize?: number;
      files?: number;
      parts?: number;
    };
  }

  class Busboy extends Writable {
    constructor(config: BusboyConfig);
    on(
      event: 'file',
      listener: (
        field: string,
        stream: Readable & { truncated?: boolean },
        filename: string,
        encoding: string,
        mimeType: string,
      ) => void,
    ): this;
    on(
      event: 'field',
      listener: (field: string, value: string, nameTruncated: boolean, valueTruncated: boolean) => void,
    ): this;
    on(event: 'finish' | 'partsLimit' | 'filesLimit' | 'fieldsLimit', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  export default Busboy;
}
