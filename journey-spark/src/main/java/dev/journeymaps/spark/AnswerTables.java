package dev.journeymaps.spark;

import dev.journeymaps.model.io.SurveyAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads answer tables into rows of the columns {@link SurveyAnswers#COLUMNS} (all text), one more column for extra
 * cells and the file each row came from. CSV as the in-process reader takes it: the columns by position (a header
 * row, starting with {@code touchpoint}, is skipped by the fold); Parquet by column name. A CSV row with more cells than
 * columns keeps the extra in the extra column, so the fold reports it as a bad row instead of Spark dropping the
 * extra silently.
 */
final class AnswerTables {

    /** The index of the file column in the rows {@link #read} returns. */
    static final int FILE = SurveyAnswers.COLUMNS.size() + 1;

    private static final String EXTRA = "_extra";
    private static final String FILE_COLUMN = "_file";

    /** Never occurs in a file: empty cells stay empty text, only missing cells become null. */
    private static final String NO_NULL = "\u0000";

    private AnswerTables() {}

    static Dataset<Row> read(SparkSession spark, String input) {
        Dataset<Row> table = input.toLowerCase(Locale.ROOT).endsWith(".parquet")
                ? parquet(spark, input)
                : csv(spark, input);
        List<Column> columns = new ArrayList<>();
        for (String name : SurveyAnswers.COLUMNS) {
            columns.add(has(table, name) ? table.col(name).cast(DataTypes.StringType).as(name)
                    : functions.lit(null).cast(DataTypes.StringType).as(name));
        }
        columns.add(has(table, EXTRA) ? table.col(EXTRA) : functions.lit(null).cast(DataTypes.StringType).as(EXTRA));
        columns.add(functions.input_file_name().as(FILE_COLUMN));
        return table.select(columns.toArray(Column[]::new));
    }

    private static Dataset<Row> parquet(SparkSession spark, String input) {
        return spark.read().parquet(input);
    }

    private static Dataset<Row> csv(SparkSession spark, String input) {
        StructType schema = new StructType();
        for (String name : SurveyAnswers.COLUMNS) {
            schema = schema.add(name, DataTypes.StringType);
        }
        schema = schema.add(EXTRA, DataTypes.StringType);
        return spark.read()
                .schema(schema)
                .option("header", false) // each file's header row reaches the fold, which skips it
                .option("mode", "PERMISSIVE")
                .option("ignoreLeadingWhiteSpace", true)
                .option("ignoreTrailingWhiteSpace", true)
                .option("nullValue", NO_NULL)
                .option("emptyValue", "")
                .option("encoding", "UTF-8")
                .csv(input);
    }

    private static boolean has(Dataset<Row> table, String name) {
        for (String column : table.columns()) {
            if (column.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The file a row came from: a local path as the in-process reader names it, else the URI Spark gives. */
    static String file(Row row) {
        String uri = row.getString(FILE);
        if (uri.startsWith("file:")) {
            try {
                return java.nio.file.Path.of(java.net.URI.create(uri)).toString();
            } catch (IllegalArgumentException e) {
                return uri; // not a plain local path: keep what Spark said
            }
        }
        return uri;
    }

    /** The row's cells up to its last present one, as the in-process reader sees a CSV row. */
    static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(SurveyAnswers.COLUMNS.size() + 1);
        int last = -1;
        for (int i = 0; i <= SurveyAnswers.COLUMNS.size(); i++) {
            if (!row.isNullAt(i)) {
                last = i;
            }
        }
        for (int i = 0; i <= last; i++) {
            cells.add(row.isNullAt(i) ? "" : row.getString(i));
        }
        return cells;
    }
}
