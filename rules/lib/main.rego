# METADATA
# title: Report aggregator
# description: |
#   Collects the report of every rule package under data.policylint.rules
#   into one object, so that one prepared query evaluates the whole pack.
package policylint.main

reports[pack][name] := r if {
	some pack, name
	r := data.policylint.rules[pack][name].report
}
