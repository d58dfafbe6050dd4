package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Stage;
import dev.journeymaps.render.layout.RowPlan.Row;
import dev.journeymaps.render.layout.RowPlan.Segment;
import dev.journeymaps.render.testing.LargeJourneys;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowPlanTest {

    private static List<Stage> stages(int stages, int perStage) {
        return LargeJourneys.of(stages, perStage).stages();
    }

    @Test
    void wholeStagesStayTogetherAndAStageThatDoesNotFitStartsANewRow() {
        List<Row> rows = RowPlan.of(stages(3, 2), 5);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).segments()).extracting(Segment::stage).containsExactly(0, 1);
        assertThat(rows.get(1).segments()).extracting(Segment::stage).containsExactly(2);
        assertThat(rows.get(1).from()).isEqualTo(4);
        assertThat(rows.get(1).to()).isEqualTo(6);
    }

    @Test
    void aStageWiderThanARowIsSplitAndItsLaterPartsAreMarkedContinued() {
        List<Row> rows = RowPlan.of(stages(1, 7), 3);

        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(Row::columns).containsExactly(3, 3, 1);
        assertThat(rows.get(0).segments().get(0).continued()).isFalse();
        assertThat(rows.get(0).segments().get(0).continues()).isTrue();
        assertThat(rows.get(2).segments().get(0).continued()).isTrue();
        assertThat(rows.get(2).segments().get(0).continues()).isFalse();
    }

    @Test
    void noRowHoldsMoreColumnsThanAskedAndEveryTouchpointIsInExactlyOneRow() {
        Journey journey = LargeJourneys.of(13, 7);
        for (int perRow = 1; perRow < 30; perRow++) {
            assertEveryTouchpointOnceInRowsOfAtMost(perRow, RowPlan.of(journey.stages(), perRow), journey);
        }
    }

    @Test
    void filledRowsStartAStageInTheRestOfARowWhenTwoOfItsTouchpointsFitThere() {
        // Ten stages of ten at eight a row: thirteen rows instead of twenty (eight and two, eight and two, ...).
        List<Row> rows = RowPlan.filled(stages(10, 10), 8, RowPlan.MIN_PART);

        assertThat(rows).hasSize(13);
        assertThat(rows.subList(0, 12)).extracting(Row::columns).containsOnly(8);
        assertThat(rows.get(1).segments()).extracting(Segment::stage).containsExactly(0, 1);
        assertThat(rows.get(1).segments().get(0).continued()).isTrue();
        assertThat(rows.get(1).segments().get(1).continues()).isTrue();
        // A row with one column left starts the next stage on the next row: a part of one card says little.
        assertThat(RowPlan.filled(stages(2, 3), 4, RowPlan.MIN_PART)).extracting(Row::columns).containsExactly(3, 3);
    }

    @Test
    void filledRowsHoldNoMoreColumnsThanAskedAndEveryTouchpointOnce() {
        Journey journey = LargeJourneys.of(13, 7);
        for (int perRow = 1; perRow < 30; perRow++) {
            assertEveryTouchpointOnceInRowsOfAtMost(perRow, RowPlan.filled(journey.stages(), perRow, RowPlan.MIN_PART),
                    journey);
        }
    }

    private static void assertEveryTouchpointOnceInRowsOfAtMost(int perRow, List<Row> rows, Journey journey) {
        int next = 0;
        for (Row row : rows) {
            assertThat(row.columns()).isLessThanOrEqualTo(perRow);
            assertThat(row.from()).isEqualTo(next);
            next = row.to();
        }
        assertThat(next).isEqualTo(journey.touchpoints().size());
    }

    @Test
    void noRowLimitGivesOneRow() {
        assertThat(RowPlan.of(stages(25, 20), Integer.MAX_VALUE)).hasSize(1);
        assertThat(RowPlan.of(List.of(), 4)).hasSize(1);
    }
}
