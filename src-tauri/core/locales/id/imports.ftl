### imports
