// The throwaway PostgreSQL server lives in @tianbiao/testing, shared with the portal and the bench.
export { findPostgresBin, startTestDatabase, type TestDatabase } from "@tianbiao/testing";
