package funding

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeFile writes content to a file in a temporary directory and opens it.
func writeFile(t *testing.T, name, content string) *os.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// levels returns a series' levels as strings by year, for comparison.
func levels(s Series) map[string]string {
	m := make(map[string]string)
	for _, y := range s.Years() {
		l, _ := s.Level(y)
		m[y.String()] = l.String()
	}
	return m
}

// onsSample is a short file in the ONS time-series CSV layout, made up for
// the test (the values are not real statistics).
const onsSample = "\uFEFF" + `"Title","CPIH INDEX 00: ALL ITEMS 2015=100"
"CDID","L522"
"Source dataset ID","MM23"
"PreUnit",""
"Unit","Index, base year = 100"
"Release date","15-10-2025"
"Next release","19 November 2025"
"Important notes",""
"2015","100.0"
"2016","101.0"
"2017","103.5"
"2018",""
"2016 Q1","100.5"
"2016 Q2","100.9"
"2016 JAN","100.3"
"2016 FEB","100.4"
`

func TestReadONSCSV(t *testing.T) {
	s, err := ReadONSCSV(writeFile(t, "series.csv", onsSample))
	if err != nil {
		t.Fatal(err)
	}
	if s.Title() != "CPIH INDEX 00: ALL ITEMS 2015=100" {
		t.Errorf("Title() = %q", s.Title())
	}
	want := map[string]string{"2015": "100", "2016": "101", "2017": "103.5"}
	if diff := cmp.Diff(want, levels(s)); diff != "" {
		t.Errorf("ReadONSCSV levels (-want +got)\n%s", diff)
	}
}

func TestReadONSCSVErrors(t *testing.T) {
	tests := []struct {
		name, content string
		line          int
		err           error
	}{
		{"bad level", `"Title","x"` + "\n" + `"2016","n/a"` + "\n", 2, ErrSyntax},
		{"negative", `"2016","-1"` + "\n", 1, ErrSyntax},
		{"zero", `"2016","0"` + "\n", 1, ErrRange},
		{"duplicate", `"2016","1"` + "\n" + `"2016","2"` + "\n", 2, ErrDuplicate},
		{"one field", `"2016"` + "\n", 1, ErrSyntax},
		{"unknown row after data", `"2016","1"` + "\n" + `"Total","2"` + "\n", 2, ErrSyntax},
		{"bad quoting", `"2016,"1"` + "\n", 1, ErrSyntax},
		{"no annual rows", `"Title","x"` + "\n" + `"2016 Q1","1"` + "\n", 0, ErrMissing},
		{"empty", "", 0, ErrMissing},
	}
	for _, tt := range tests {
		_, err := ReadONSCSV(writeFile(t, "bad.csv", tt.content))
		var le *LineError
		if !errors.Is(err, tt.err) || !errors.As(err, &le) || le.Line != tt.line {
			t.Errorf("%s: ReadONSCSV error = %v, want %v at line %d", tt.name, err, tt.err, tt.line)
		}
	}
}

func TestReadIndexCSV(t *testing.T) {
	tests := []struct {
		name, content string
		want          map[string]string
	}{
		{"header, calendar years", "year,level\n2016,100.7\n2017,103.0\n", map[string]string{"2016": "100.7", "2017": "103"}},
		{"financial years, no header", "2016-17,98.1\n\"2017/18\", 100\n", map[string]string{"2016-17": "98.1", "2017-18": "100"}},
		{"mixed", "2016,1\n2016-17,2\n", map[string]string{"2016": "1", "2016-17": "2"}},
	}
	for _, tt := range tests {
		s, err := ReadIndexCSV(writeFile(t, "index.csv", tt.content))
		if err != nil {
			t.Errorf("%s: ReadIndexCSV error: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, levels(s)); diff != "" {
			t.Errorf("%s: ReadIndexCSV levels (-want +got)\n%s", tt.name, diff)
		}
	}
}

func TestReadIndexCSVErrors(t *testing.T) {
	tests := []struct {
		name, content string
		line          int
		err           error
	}{
		{"bad year", "year,level\n2016,1\nlater,2\n", 3, ErrSyntax},
		{"three fields", "2016,1,2\n", 1, ErrSyntax},
		{"bad level", "2016,1e3\n", 1, ErrSyntax},
		{"duplicate", "2016-17,1\nFY2016/17,2\n", 2, ErrDuplicate},
		{"header only", "year,level\n", 0, ErrMissing},
	}
	for _, tt := range tests {
		_, err := ReadIndexCSV(writeFile(t, "bad.csv", tt.content))
		var le *LineError
		if !errors.Is(err, tt.err) || !errors.As(err, &le) || le.Line != tt.line {
			t.Errorf("%s: ReadIndexCSV error = %v, want %v at line %d", tt.name, err, tt.err, tt.line)
		}
	}
}

// TestCSVRowBound checks that the CSV readers stop at a row longer than
// 1 MiB, or a field that never ends, with an error rather than reading it
// all.
func TestCSVRowBound(t *testing.T) {
	long := "2016," + strings.Repeat("1", 2<<20) + "\n"
	for name, read := range map[string]func(io.Reader) (Series, error){"ReadONSCSV": ReadONSCSV, "ReadIndexCSV": ReadIndexCSV} {
		_, err := read(strings.NewReader("2015,100\n" + long))
		var le *LineError
		if !errors.Is(err, ErrRange) || !errors.As(err, &le) || le.Line != 2 {
			t.Errorf("%s(a 2 MiB row on line 2) = %v, want ErrRange on line 2", name, err)
		}
		if _, err := read(io.MultiReader(strings.NewReader(`2016,"`), zeros{})); !errors.Is(err, ErrRange) {
			t.Errorf("%s(an endless field) = %v, want ErrRange", name, err)
		}
		// A row within the bound is read, to fail for its level's form.
		within := "2016," + strings.Repeat("1", 1<<19) + "\n"
		if _, err := read(strings.NewReader(within)); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s(a 512 KiB row) = %v, want ErrSyntax for its level", name, err)
		}
	}
}

// zeros is an endless reader of '0' bytes.
type zeros struct{}

// Read fills p with '0'.
func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}
