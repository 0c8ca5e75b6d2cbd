// Package golden tests the example programs: it runs one as its main
// would, and compares what it writes with a golden file, which go test
// -update rewrites instead.
package golden

import (
	"bytes"
	"flag"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files with the programs' output")

// A Program is the body of an example's main: it reads args and stdin,
// writes to stdout and stderr, and returns the exit status.
type Program func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Compare fails t if got differs from the file at path, showing the
// difference. With go test -update it rewrites the file with got instead.
func Compare(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}

// RunOK runs p with args and stdin and returns what it wrote to stdout. It
// stops t if p exits with a status other than 0, and fails t if p writes
// to stderr.
func RunOK(t testing.TB, p Program, args []string, stdin string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := p(args, strings.NewReader(stdin), &stdout, &stderr); code != 0 {
		t.Fatalf("run(%q) = %d, want 0; stderr:\n%s", args, code, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("run(%q) wrote to stderr:\n%s", args, stderr.String())
	}
	return stdout.Bytes()
}

// Contains fails t for each of wants that got lacks, so that a change to a
// golden file that loses something the example must say fails too.
func Contains(t testing.TB, got []byte, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("output lacks %q", want)
		}
	}
}
