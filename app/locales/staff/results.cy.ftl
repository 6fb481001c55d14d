# The staff pages, results, in Welsh (decision 0031). Every message here is also in results.en.ftl,
# with the same arguments: a unit test checks.

