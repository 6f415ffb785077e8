/**
 * While a tracer wraps `a.data` in a proxy (src/trace does, to see element
 * reads/writes), entry points that take buffers still see the buffer:
 * `array(a.data)` and `b.assign(":", a.data)` (hooks.unwrapData).
 */
import { afterEach, describe, expect, it } from "vitest";
import { array, arange, setTracer, zeros, type NDArray, type RuntimeTracer, type Storage } from "../../src/index.js";
import { registerDataProxy } from "../../src/runtime/hooks.js";

function proxyTracer(): RuntimeTracer {
  const noop = () => {};
  return {
    storageCreated: noop, handleCreated: noop, write: noop, read: noop, disposed: noop,
    handleReclaimed: noop, refcountChanged: noop, storageReleased: noop,
    wrapData(_h: NDArray, data: Storage["data"]) {
      const proxy = new Proxy(data as object, {}) as Storage["data"];
      registerDataProxy(proxy, data);
      return proxy;
    },
  };
}

afterEach(() => setTracer(null));

describe("traced data proxies are accepted where buffers are", () => {
  it("array(a.data) and assign(':', a.data) read the buffer behind the proxy", () => {
    setTracer(proxyTracer());
    const a = arange(4);
    const d = a.data;
    expect(ArrayBuffer.isView(d)).toBe(false); // a Proxy is not a view: without unwrapping it was a "scalar"
    expect(array(d).tolist()).toEqual([0, 1, 2, 3]);
    expect(array(d, "int8").dtype).toBe("int8");
    const b = zeros(4);
    b.assign(":", d);
    expect(b.tolist()).toEqual([0, 1, 2, 3]);
    const c = zeros([2, 4], "int32");
    c.assign("1", d); // a row from the proxied buffer, with broadcasting and a cast
    expect(c.tolist()).toEqual([[0, 0, 0, 0], [0, 1, 2, 3]]);
  });
});
