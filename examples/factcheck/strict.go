package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
)

// checkAssertions returns an error for the first key of an assertion
// object in raw, the JSON of claim c, that the assertion's type has no field
// for. claims.Assertions reads assertions leniently, ignoring such keys;
// this makes a misspelt key there an error, as it is everywhere else in a
// record. The fields each kind has are read from the json tags of its type.
func checkAssertions(name string, data []byte, base int, path string, raw []byte, c claims.Claim) error {
	var objs struct {
		Assertions []map[string]json.RawMessage `json:"assertions"`
	}
	if err := json.Unmarshal(raw, &objs); err != nil {
		return nil // not objects: the claim would not have decoded
	}
	for i, obj := range objs.Assertions {
		if i >= len(c.Assertions) || c.Assertions[i] == nil {
			break
		}
		known := jsonFields(reflect.TypeOf(c.Assertions[i]))
		known["kind"] = true
		var unknown []string
		for key := range obj {
			if !known[key] {
				unknown = append(unknown, key)
			}
		}
		if len(unknown) == 0 {
			continue
		}
		// Report the key that comes first in the file.
		at := findPath(raw, parsePath("assertions["+strconv.Itoa(i)+"]"))
		first, firstOff := "", len(raw)
		for _, key := range unknown {
			if off := at + findKey(raw[at:], key); off < firstOff {
				first, firstOff = key, off
			}
		}
		return &locatedError{locate(name, data, base+firstOff),
			fmt.Sprintf("%s.assertions[%d]: unknown field %q for an assertion of kind %q", path, i, first, c.Assertions[i].Kind())}
	}
	return nil
}

// jsonFields returns the JSON names of the fields of struct type t.
func jsonFields(t reflect.Type) map[string]bool {
	names := map[string]bool{}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return names
	}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		names[name] = true
	}
	return names
}
