// The valid journey is drawn (map and report) under target/journeys, keeping its folder; the persona file is no
// journey and was left alone; the build log says what was validated.
def map = new File(basedir, 'target/journeys/shop/checkout.svg')
def report = new File(basedir, 'target/journeys/shop/checkout.html')
assert map.isFile() && map.text.contains('<svg') && map.text.contains('Buying a desk lamp')
assert report.isFile() && report.text.contains('Buying a desk lamp')
assert !new File(basedir, 'target/journeys/personas.svg').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Validated 1 journey: 0 errors, 0 warnings')
assert log.contains('BUILD SUCCESS')
return true
