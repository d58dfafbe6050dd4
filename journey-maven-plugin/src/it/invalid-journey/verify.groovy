// The error is printed as FILE:LINE:COL: error: message [code] (what IDEs link), and the build fails on it.
def journey = new File(basedir, 'src/main/journeys/refund.yaml').canonicalPath
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] ${journey}:10:16: error: ") : log
assert log.contains("[reference.unknown-touchpoint]")
assert log.contains("  hint: did you mean 'refund-issued'?")
assert log.contains('Journey validation failed, 1 journey: 1 error, 0 warnings')
assert log.contains('BUILD FAILURE')
return true
