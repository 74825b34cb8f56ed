/**
 * Text a terminal shows as it is: no C0 or C1 control character but the newline, no DEL, no bidi
 * embedding, override or isolate control.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const TERMINAL_SAFE = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
