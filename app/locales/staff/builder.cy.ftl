# The staff pages, builder, in Welsh (decision 0031). Every message here is also in builder.en.ftl,
# with the same arguments: a unit test checks.

