// What an oxigraph failure says, without loading oxigraph: the main thread of a worker store needs this when the
// worker dies, and loading the engine there (about 4 MB of WebAssembly) would cost more than the query itself.

/** An oxigraph error as a message and whether it is the engine running out of room (a Rust panic in WASM). */
export function describeFailure(e) {
  const message = String(e?.message ? e.message : e);
  const isResourceLimit =
    e instanceof WebAssembly.RuntimeError || /capacity overflow|out of memory|unreachable/i.test(message);
  return { message, isResourceLimit };
}
