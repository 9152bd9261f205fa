package peer

import "encoding/json"

// The date kinds are scored by date.go (the timex side of the peer runner).
// This bridge registers its scorer for every date/time kind; date.go decides
// which of them are in scope and skips the rest with a reason.
func init() {
	for _, k := range []string{"date", "daterange", "time", "timerange", "datetime", "datetimerange",
		"duration", "set", "timezone", "mixed", "none"} {
		Register(k, scoreDateCase)
	}
}

func scoreDateCase(c Case) Outcome {
	var dc dateCase
	if err := json.Unmarshal(c.Raw, &dc); err != nil {
		return Outcome{Detail: "decode case: " + err.Error()}
	}
	o := scoreDate(dc)
	return Outcome{Skip: o.Skip, Pass: o.Pass, Detail: o.Detail}
}
