package funding_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The vendored schema's own ids, by which the package schema refers to the
// grant schema.
const (
	packageSchemaID = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-package-schema.json"
	grantSchemaID   = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json"
)

var schema struct {
	once sync.Once
	s    *jsonschema.Schema
	err  error
}

// packageSchema compiles the vendored 360Giving package schema, with the
// grant schema it refers to, once. Formats are asserted: the schema's
// dates are oneOf a date-time format and a pattern, which only work as
// meant when format is checked.
func packageSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	schema.once.Do(func() {
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		for id, file := range map[string]string{
			packageSchemaID: "testdata/360giving/360-giving-package-schema.json",
			grantSchemaID:   "testdata/360giving/360-giving-schema.json",
		} {
			f, err := os.Open(file)
			if err != nil {
				schema.err = err
				return
			}
			doc, err := jsonschema.UnmarshalJSON(f)
			f.Close()
			if err != nil {
				schema.err = err
				return
			}
			if err := c.AddResource(id, doc); err != nil {
				schema.err = err
				return
			}
		}
		schema.s, schema.err = c.Compile(packageSchemaID)
	})
	if schema.err != nil {
		t.Fatalf("compiling the 360Giving schema: %v", schema.err)
	}
	return schema.s
}

// check360Schema fails t unless data is a 360Giving package valid under
// the official schema.
func check360Schema(t testing.TB, data []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("360Giving output is not JSON: %v", err)
	}
	if err := packageSchema(t).Validate(doc); err != nil {
		t.Errorf("360Giving output fails the official schema: %v\n%s", err, shortened(data))
	}
}

// shortened returns the start of data, for failure messages.
func shortened(data []byte) []byte {
	if len(data) > 2000 {
		return append(data[:2000:2000], "..."...)
	}
	return data
}

// TestSchemaRejects checks that the schema check can fail: the file the
// 2025 story wrote before Write360Giving refused it, with no grants, and a
// grant with no recipient, fail it.
func TestSchemaRejects(t *testing.T) {
	for _, bad := range []string{
		`{"version":"1.4","grants":[]}`,
		`{"version":"1.4","grants":[{"id":"360G-x-1","title":"t","description":"d","currency":"GBP","amountAwarded":1,"awardDate":"2024-01-02","fundingOrganization":[{"id":"GB-GOR-1","name":"F"}]}]}`,
		`{"version":"1.4","grants":[{"id":"360G-x-1","title":"t","description":"d","currency":"GBP","amountAwarded":1,"awardDate":"02/01/2024","recipientOrganization":[{"id":"GB-CHC-1","name":"R"}],"fundingOrganization":[{"id":"GB-GOR-1","name":"F"}]}]}`,
	} {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(bad)))
		if err != nil {
			t.Fatal(err)
		}
		if packageSchema(t).Validate(doc) == nil {
			t.Errorf("the schema accepts %s", bad)
		}
	}
}

// TestExampleOutputSchema checks the 360Giving files the factcheck example
// writes, kept as its golden files, against the official schema.
func TestExampleOutputSchema(t *testing.T) {
	files, err := filepath.Glob("../examples/factcheck/testdata/*.360giving.json.golden")
	if err != nil || len(files) == 0 {
		t.Fatalf("no 360Giving golden files of the factcheck example (%v)", err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		check360Schema(t, data)
	}
}
