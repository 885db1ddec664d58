### Romani draft: awaiting review by a native speaker
## Dates in numbers (15.1.2027.), as Serbian papers print them: no Romani month list has been reviewed, and a
## Romani reader never sees an English or Serbian month name. A reviewer may put Romani month words in the list.

date-full = { $day }.{ $month ->
    [1] 1
    [2] 2
    [3] 3
    [4] 4
    [5] 5
    [6] 6
    [7] 7
    [8] 8
    [9] 9
    [10] 10
    [11] 11
   *[12] 12
}.{ $year }.
