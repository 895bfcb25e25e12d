// The platform's event log: every record a streaming service keeps about
// what its members do (see Docs/EventLog.md once written).
