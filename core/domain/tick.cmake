# Ticking a survivor's checklist step (tandem-cli tick, and later the checklist view).
# Kept apart from domain/CMakeLists.txt while the demo branch owns that file; the integrator folds
# it in at merge.
target_sources(tandem_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/tick.h ${CMAKE_CURRENT_LIST_DIR}/tick.cpp)
