import * as sel from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ExecutionTable } from '../table/ExecutionTable';
import { useRootFontPx } from '../useRootFontPx';

/** Row height in rem: fixed, so the virtualizer's maths holds. */
const ROW_REM = 2;

export function TableContainer() {
  const fontPx = useRootFontPx();
  const actions = useAppStore(sel.selectActions);
  return (
    <ExecutionTable
      rows={useAppStore(sel.selectRows)}
      rowsVersion={useAppStore(sel.selectRowsVersion)}
      currentStep={useAppStore(sel.selectCurrentStep)}
      stepCount={useAppStore(sel.selectStepCount)}
      components={useAppStore(sel.selectComponents)}
      filter={useAppStore(sel.selectComponentFilter)}
      search={useAppStore(sel.selectRowSearch)}
      hideRoutine={useAppStore(sel.selectHideRoutine)}
      rowHeight={Math.round(ROW_REM * fontPx)}
      onFilterChange={actions.setComponentFilter}
      onSearchChange={actions.setRowSearch}
      onHideRoutineChange={actions.setHideRoutine}
      onSeek={actions.seek}
    />
  );
}
