package claims

import (
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	for _, q := range quotations(os.Getenv("ZZ")) {
		t.Logf("%q speaker=%+v sure=%v notes=%v as=%v", q.claim.Quote, q.claim.Speaker, q.sure, q.notes, q.claim.Assertions)
	}
}
