package currency

import (
	"reflect"
	"testing"
	"unsafe"
)

// fillFields sets every field of the struct v points to, and of the structs
// within it, to a value that is not its zero, so that a reset that forgets
// a field leaves it showing.
func fillFields(t *testing.T, v reflect.Value) {
	t.Helper()
	for k := 0; k < v.NumField(); k++ {
		// The fields are unexported: reflect sets them only through their
		// addresses.
		f := v.Field(k)
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		switch f.Kind() {
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int, reflect.Int32, reflect.Int64:
			f.SetInt(7)
		case reflect.Uint8, reflect.Uint16:
			f.SetUint(7)
		case reflect.String:
			f.SetString("7")
		case reflect.Func:
			f.Set(reflect.MakeFunc(f.Type(), func([]reflect.Value) []reflect.Value { return nil }))
		case reflect.Struct:
			fillFields(t, f)
		default:
			t.Fatalf("fillFields: no value for %v field %s", f.Kind(), v.Type().Field(k).Name)
		}
	}
}

// TestResetClearsEveryField checks that stated.reset and tail.reset, which
// write field by field to spare write barriers, leave nothing of what was
// there before.
func TestResetClearsEveryField(t *testing.T) {
	var a stated
	fillFields(t, reflect.ValueOf(&a).Elem())
	a.reset(3)
	if want := (stated{start: 3}); !reflect.DeepEqual(a, want) {
		t.Errorf("stated.reset(3) = %+v, want %+v", a, want)
	}
	var tl tail
	fillFields(t, reflect.ValueOf(&tl).Elem())
	tl.reset(3)
	// A func is DeepEqual only to a nil func, so a forgotten wide shows.
	if want := (tail{end: 3}); !reflect.DeepEqual(tl, want) {
		t.Errorf("tail.reset(3) = %+v, want %+v", tl, want)
	}
}
