/** The part of autocannon 9's API the gate benchmark and the release swap test use (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
    '2xx': number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    /** Requests made in turn by every connection, each a path on `url`. */
    requests?: { path: string; method?: string }[];
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
