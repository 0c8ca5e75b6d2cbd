package claims_test

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// FuzzAssess feeds Assess records read from arbitrary JSON: it must not
// panic, must give one finding per assertion of a valid record, each with a
// verdict and an explanation, and its reports must be written.
func FuzzAssess(f *testing.F) {
	// Small seeds: the fuzzer minimises every new input it finds
	// interesting, which takes long for a large one.
	for _, r := range []claims.Record{smallRecord()} {
		b, err := json.Marshal(r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"packages":[{"id":"p","funder":{"name":"F"},"headline":"more than £4m","allocations":[{"id":"a","amount":{"amount":"3595000","currency":"GBP"}}],"measures":[{"count":"about 1,200","noun":"cases","unit":"case"}]}],"events":[{"id":"e","title":"t","date":"2025-01-01"},{"id":"f","title":"u","after":["e"],"package":"p"}],"claims":[{"id":"c","speaker":{"name":"A"},"quote":"too little, too late","about":"p","assertions":[{"kind":"insufficiency","against":"d","span":{"start":0,"end":10}},{"kind":"lateness","events":["e"]},{"kind":"endorsement"},{"kind":"count","count":"1,300","noun":"cases","measure":"cases"}]},{"id":"d","speaker":{"org":"B"},"quote":"£4.5m","respondsTo":"c","stance":"disputes","assertions":[{"kind":"counterproposal","cost":"£4.5m","spending":"inquiry","purpose":"inquiry"},{"kind":"stated-amount","figure":"£4m","allocation":"a"}]}]}`))
	f.Add([]byte(`{"packages":[{"id":"p","funder":{"name":"F"},"headline":"between £3m and £5m"}],"claims":[{"id":"c","speaker":{"name":"A"},"quote":"£4m","about":"p","assertions":[{"kind":"stated-amount","figure":"nearly £4m"},{"kind":"ratio","numerator":{"noun":"a","count":"3"},"denominator":{"noun":"b","count":"about 1"},"stated":"3"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r claims.Record
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			return
		}
		n := 0
		for _, c := range r.Claims {
			n += len(c.Assertions)
		}
		if len(a.Findings) != n {
			t.Fatalf("Assess gave %d findings for %d assertions", len(a.Findings), n)
		}
		for _, f := range a.Findings {
			if f.Verdict == claims.VerdictUnknown || f.Explanation == "" {
				t.Fatalf("finding without verdict or explanation: %+v", f)
			}
		}
		if err := claims.WriteText(io.Discard, a); err != nil {
			t.Fatal(err)
		}
		if err := claims.WriteMarkdown(io.Discard, a); err != nil {
			t.Fatal(err)
		}
		if err := claims.WriteClaimReviews(io.Discard, a, reviewOptions); err != nil {
			t.Fatal(err)
		}
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("Marshal(assessment): %v", err)
		}
	})
}
