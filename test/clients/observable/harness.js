// What an Observable notebook gives every cell and the recipe relies on: `d3` (d3-dsv's csvParse and autoType,
// d3-array's rollup, the real modules) and `display`. d3.csv is d3-fetch's definition: fetch the text, then
// csvParse it with the row function.
import { rollup } from "d3-array";
import { autoType, csvParse } from "d3-dsv";

async function csv(url, row) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} ${url}`);
  return csvParse(await response.text(), row);
}
globalThis.d3 = { autoType, csv, csvParse, rollup };

/** Shows a value: a DOM node as itself, anything else as JSON (a Map as its entries), and records it. */
globalThis.display = (value) => {
  const shown = value instanceof Node ? value : document.createElement("pre");
  if (!(value instanceof Node)) shown.textContent = JSON.stringify(value instanceof Map ? [...value] : value);
  shown.classList.add("displayed");
  document.getElementById("out").append(shown);
  return value;
};
